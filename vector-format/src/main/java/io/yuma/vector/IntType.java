package io.yuma.vector;

/** The integer types FORMAT.md uses, with the ranges a JSON number must lie in. */
enum IntType {
    U16("a u16 (0..65535)", 0, 0xFFFF),
    I16("an i16 (-32768..32767)", Short.MIN_VALUE, Short.MAX_VALUE),
    /** Held as the unsigned bits of a {@code long}; values above 2^63-1 never reach {@link #contains}. */
    U64("a u64 (0..18446744073709551615)", 0, Long.MAX_VALUE),
    /** I32F32 raw bits in traces. */
    I64("an i64 (-9223372036854775808..9223372036854775807)", Long.MIN_VALUE, Long.MAX_VALUE);

    private final String description;
    private final long min;
    private final long max;

    IntType(String description, long min, long max) {
        this.description = description;
        this.min = min;
        this.max = max;
    }

    /** Whether a value that fits a signed {@code long} lies in this type. */
    boolean contains(long value) {
        return value >= min && value <= max;
    }

    @Override
    public String toString() {
        return description;
    }
}
