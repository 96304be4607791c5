package io.yuma.simd;

/**
 * One thread's scratch memory for {@link SubnetKernel}: per-uid vectors, sparse matrices and
 * dense rows that grow to the largest subnet seen and are then reused, so a thread allocates
 * nothing per subnet in steady state.
 */
final class Workspace {
    int capacity = -1;
    long[] lastUpdate, blockAtRegistration, commitBlock;
    long[] stakeHi, stakeLo, filteredHi, filteredLo;
    long[] stake, activeStake, consensus, validatorTrust, incentive, dividends;
    long[] serverEmission, validatorEmission, combinedEmission;
    boolean[] inactive, forbids, validatorPermit, newPermit;
    int[] sortIndex, sortBuffer;
    long[] useStake, scoreColumn;
    int[] rowK, columnStart, fillCursor;
    /** The lane median's stakes (by staked row) and answers (by column, padded to a vector). */
    int[] laneStake, laneAnswers;
    int[] neededColumn, missIndex;
    long[] neededDiff, neededAlpha, rowBond, rowConsensus;
    long[] medianScoreA, medianStakeA, medianScoreB, medianStakeB, medianScoreC, medianStakeC;
    int[] transposedK = new int[16];
    long[] transposedValue = new long[16];
    long[] bucketStake = new long[16];
    int[] columnLastRow;
    /** Per-column scratch over every u16 column; entries at or beyond n stay zero. */
    final long[] byColumn = new long[Lanes.COLUMN_SPACE];
    /** Column sums or maxima gathered by the pass that produces a matrix, for its column division. */
    final long[] columnSums = new long[Lanes.COLUMN_SPACE];
    /** The column normalizations' division, with its scratch. */
    final ColumnDivision columnDivision = new ColumnDivision();
    /** The clip, validator trust and ranks pass. */
    final ClipTrustRanks clipTrustRanks = new ClipTrustRanks();
    final SparseRows weights = new SparseRows();
    final SparseRows clipped = new SparseRows();
    final SparseRows forBonds = new SparseRows();
    final SparseRows bonds = new SparseRows();
    final SparseRows ema = new SparseRows();
    final SparseRows scratch = new SparseRows();
    final DenseRow rowA = new DenseRow();
    final DenseRow rowB = new DenseRow();
    final DenseRow rowC = new DenseRow();
    final DenseRow rowD = new DenseRow();
    final LiquidAlpha liquidAlpha = new LiquidAlpha();

    /** Makes every per-uid array hold at least {@code n} entries. */
    void ensure(int n) {
        if (n <= capacity) {
            return;
        }
        int c = Math.max(n, 16);
        capacity = c;
        lastUpdate = new long[c];
        blockAtRegistration = new long[c];
        commitBlock = new long[c];
        stakeHi = new long[c];
        stakeLo = new long[c];
        filteredHi = new long[c];
        filteredLo = new long[c];
        stake = new long[c];
        activeStake = new long[c];
        consensus = new long[c];
        validatorTrust = new long[c];
        incentive = new long[c];
        dividends = new long[c];
        serverEmission = new long[c];
        validatorEmission = new long[c];
        combinedEmission = new long[c];
        inactive = new boolean[c];
        forbids = new boolean[c];
        validatorPermit = new boolean[c];
        newPermit = new boolean[c];
        sortIndex = new int[c];
        sortBuffer = new int[c];
        useStake = new long[c];
        scoreColumn = new long[c];
        rowK = new int[c];
        laneStake = new int[c];
        laneAnswers = new int[c + 64];
        columnStart = new int[c + 1];
        fillCursor = new int[c];
        columnLastRow = new int[c];
        neededColumn = new int[c];
        missIndex = new int[c];
        neededDiff = new long[c];
        neededAlpha = new long[c];
        rowBond = new long[c];
        rowConsensus = new long[c];
        int padded = c + 65; // a partition, its zero pair, and a compress store's full vector past them
        medianScoreA = new long[padded];
        medianStakeA = new long[padded];
        medianScoreB = new long[padded];
        medianStakeB = new long[padded];
        medianScoreC = new long[padded];
        medianStakeC = new long[padded];
    }

    long[] storedRowStart = new long[1];
    int[] outRowStart = new int[1];
    short[] storedColumns = new short[16];
    short[] storedValues = new short[16];
    long[] outU64 = new long[0];
    short[] outU16 = new short[0];
    byte[] outU8 = new byte[0];

    /** Makes the row-offset and per-uid output staging arrays hold n uids. */
    void ensureStored(int n) {
        if (storedRowStart.length < n + 1) {
            storedRowStart = new long[n + 1];
            outRowStart = new int[n + 1];
            outU64 = new long[n];
            outU16 = new short[n];
            outU8 = new byte[n];
        }
    }

    /** Makes the staged u16 column and value arrays hold {@code entries}. */
    void ensureStoredEntries(int entries) {
        if (storedColumns.length < entries) {
            int capacity = Math.max(entries, storedColumns.length * 2);
            storedColumns = new short[capacity];
            storedValues = new short[capacity];
        }
    }

    private long[] zeroRow = new long[0];

    /** {@return at least {@code len} zeros}, never written */
    long[] zeroRow(int len) {
        if (zeroRow.length < len) {
            zeroRow = new long[Math.max(len, 2 * zeroRow.length)];
        }
        return zeroRow;
    }

    private long[] denseScores = new long[0];

    /** A zeroed scratch of {@code cells} longs for the median's dense score matrix. */
    long[] denseScores(int cells) {
        if (denseScores.length < cells) {
            denseScores = new long[cells];
        } else {
            java.util.Arrays.fill(denseScores, 0, cells, 0L);
        }
        return denseScores;
    }

    private long[] quotients = new long[0];

    /** A scratch of at least {@code entries} longs for a matrix's divided values (not zeroed). */
    long[] quotients(int entries) {
        if (quotients.length < entries) {
            quotients = new long[Math.max(entries, 2 * quotients.length)];
        }
        return quotients;
    }

    private int[] laneScores = new int[0];

    /** A scratch of at least {@code cells} ints for the lane median's score matrix (not zeroed). */
    int[] laneScores(int cells) {
        if (laneScores.length < cells) {
            laneScores = new int[cells];
        }
        return laneScores;
    }

    /** Makes the transposed-entry and median bucket arrays hold at least {@code entries}. */
    void ensureTransposed(int entries) {
        if (transposedK.length < entries) {
            transposedK = new int[entries];
            transposedValue = new long[entries];
            bucketStake = new long[entries];
        }
    }
}
