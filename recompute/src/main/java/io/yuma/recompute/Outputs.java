package io.yuma.recompute;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run's output files in the output directory, each written as a {@link PartialFile} until the
 * run completes: per-uid results (CSV and/or JSON Lines), divergences and issues (skipped records,
 * replay restarts). The summary is written last, by {@link Recompute}.
 *
 * <p>The per-mechanism results of subnet epochs ({@link #MECHANISMS_CSV},
 * {@link #MECHANISMS_JSONL}) and the chain records' origins ({@link #CHAIN_CSV}) are optional:
 * each is created when the first epoch that needs it is written, so a run over
 * single-mechanism histories from files writes exactly the files it always did. A
 * checkpoint records the files created so far, and a resumed run reopens those.
 */
final class Outputs implements Closeable {
    /** Per-uid results, CSV. */
    static final String RESULTS_CSV = "results.csv";
    /** Per-uid results, JSON Lines. */
    static final String RESULTS_JSONL = "results.jsonl";
    /** Per-mechanism, per-uid results of subnet epochs, CSV. */
    static final String MECHANISMS_CSV = "mechanisms.csv";
    /** Per-mechanism, per-uid results of subnet epochs, JSON Lines. */
    static final String MECHANISMS_JSONL = "mechanisms.jsonl";
    /** Where on the chain each computed chain record's epoch ran. */
    static final String CHAIN_CSV = "chain.csv";
    /** Every divergence from a recorded output. */
    static final String DIVERGENCES = "divergences.csv";
    /** Skipped records and replay restarts. */
    static final String ISSUES = "issues.csv";
    /** The run's summary, written when it completes. */
    static final String SUMMARY = "summary.json";
    /** Header of {@link #DIVERGENCES}. */
    static final String DIVERGENCES_HEADER = "subnet,epoch,uid,field,recorded,computed\n";
    /** Header of {@link #ISSUES}. */
    static final String ISSUES_HEADER = "kind,location,subnet,epoch,detail\n";

    private final Path directory;
    private final ResultRows rows;
    private final Map<String, PartialFile> files;

    private Outputs(Path directory, ResultRows rows, Map<String, PartialFile> files) {
        this.directory = directory;
        this.rows = rows;
        this.files = files;
    }

    /** The output files a run with these options writes, in a fixed order. */
    static List<String> names(boolean csv, boolean jsonl) {
        List<String> names = new ArrayList<>();
        if (csv) {
            names.add(RESULTS_CSV);
        }
        if (jsonl) {
            names.add(RESULTS_JSONL);
        }
        names.add(DIVERGENCES);
        names.add(ISSUES);
        return names;
    }

    /**
     * The optional outputs, in the order they are listed: per-mechanism results in the formats
     * asked for, then the chain records' origins.
     */
    static List<String> optionalNames(boolean csv, boolean jsonl) {
        List<String> names = new ArrayList<>();
        if (csv) {
            names.add(MECHANISMS_CSV);
        }
        if (jsonl) {
            names.add(MECHANISMS_JSONL);
        }
        names.add(CHAIN_CSV);
        return names;
    }

    /** Starts every output afresh, each with its header line; the optional ones wait until they are first written. */
    static Outputs create(Path directory, List<String> names, ResultRows rows) throws IOException {
        Outputs outputs = new Outputs(directory, rows, new LinkedHashMap<>());
        try {
            for (String name : names) {
                outputs.start(name);
            }
            return outputs;
        } catch (IOException | RuntimeException e) {
            outputs.close();
            throw e;
        }
    }

    /**
     * Reopens every output at the length a checkpoint recorded, the optional ones among them
     * that the checkpoint lists; an optional one it does not list was created after it and starts
     * again when first written.
     *
     * @param optional the optional outputs this run may create
     */
    static Outputs resume(Path directory, List<String> names, List<String> optional, Map<String, Long> lengths,
            ResultRows rows) throws IOException {
        Outputs outputs = new Outputs(directory, rows, new LinkedHashMap<>());
        try {
            for (String name : names) {
                Long length = lengths.get(name);
                if (length == null) {
                    throw new ResumeException(ResumeException.Kind.DAMAGED, directory.resolve(Journal.NAME),
                            "the journal's last checkpoint has no length for " + name);
                }
                outputs.files.put(name, PartialFile.resume(directory.resolve(name), length));
            }
            for (String name : optional) {
                Long length = lengths.get(name);
                if (length != null) {
                    outputs.files.put(name, PartialFile.resume(directory.resolve(name), length));
                } else {
                    Files.deleteIfExists(PartialFile.partialOf(directory.resolve(name)));
                }
            }
            return outputs;
        } catch (IOException | RuntimeException e) {
            outputs.close();
            throw e;
        }
    }

    /** Creates the output {@code name} with its header line. */
    private PartialFile start(String name) throws IOException {
        PartialFile file = PartialFile.create(directory.resolve(name));
        files.put(name, file);
        String header = switch (name) {
            case RESULTS_CSV -> rows.csvHeader();
            case MECHANISMS_CSV -> rows.mechanismsCsvHeader();
            case CHAIN_CSV -> ChainRows.HEADER;
            case DIVERGENCES -> DIVERGENCES_HEADER;
            case ISSUES -> ISSUES_HEADER;
            default -> "";
        };
        file.write(header.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    /**
     * The optional output {@code name}, created with its header line when this is its first use.
     *
     * @param name one of {@link #optionalNames}'s names for this run's options
     */
    PartialFile optional(String name) throws IOException {
        PartialFile file = files.get(name);
        return file != null ? file : start(name);
    }

    /**
     * The outputs this run has written, in a fixed order whatever order they were created in: the
     * names given, then the optional ones that were created.
     */
    static List<String> written(List<String> names, List<String> optional, Map<String, Long> lengths) {
        List<String> written = new ArrayList<>(names);
        for (String name : optional) {
            if (lengths.containsKey(name)) {
                written.add(name);
            }
        }
        return written;
    }

    /**
     * Completes outputs whose checkpoint said every record was written, after a crash during
     * {@link #commit}: each file still partial is cut to its recorded length and moved into
     * place; one already moved is left as it is.
     *
     * @throws ResumeException when a file is neither partial nor in place
     */
    static void finishCommit(Path directory, List<String> names, List<String> optional, Map<String, Long> lengths)
            throws IOException {
        for (String name : written(names, optional, lengths)) {
            Path target = directory.resolve(name);
            if (Files.exists(PartialFile.partialOf(target))) {
                PartialFile.resume(target, lengths.get(name)).commit();
            } else if (!Files.exists(target)) {
                throw new ResumeException(ResumeException.Kind.DAMAGED, target, "cannot complete the run: neither "
                        + target + " nor its partial file exists");
            }
        }
    }

    /** The output called {@code name}, or null when this run does not write it (or has not yet created it). */
    PartialFile get(String name) {
        return files.get(name);
    }

    /** The current length of every output, by name. */
    Map<String, Long> lengths() {
        Map<String, Long> lengths = new LinkedHashMap<>();
        files.forEach((name, file) -> lengths.put(name, file.length()));
        return lengths;
    }

    /** Makes everything written so far durable. */
    void sync() throws IOException {
        for (PartialFile file : files.values()) {
            file.sync();
        }
    }

    /** Moves every output to its final name. */
    void commit() throws IOException {
        for (PartialFile file : files.values()) {
            file.commit();
        }
    }

    /** Closes the files, leaving them partial. */
    @Override
    public void close() throws IOException {
        IOException first = null;
        for (PartialFile file : files.values()) {
            try {
                file.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
