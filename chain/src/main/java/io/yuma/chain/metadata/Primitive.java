package io.yuma.chain.metadata;

/** scale-info's primitive types, in their SCALE tag order. */
public enum Primitive {
    /** {@code bool}: one byte, 0 or 1. */
    BOOL(1, false),
    /** {@code char}: a Unicode scalar value as a u32. */
    CHAR(4, false),
    /** {@code str}: a compact length and UTF-8 bytes. */
    STR(0, false),
    /** {@code u8}. */
    U8(1, false),
    /** {@code u16}. */
    U16(2, false),
    /** {@code u32}. */
    U32(4, false),
    /** {@code u64}. */
    U64(8, false),
    /** {@code u128}. */
    U128(16, false),
    /** {@code u256}. */
    U256(32, false),
    /** {@code i8}. */
    I8(1, true),
    /** {@code i16}. */
    I16(2, true),
    /** {@code i32}. */
    I32(4, true),
    /** {@code i64}. */
    I64(8, true),
    /** {@code i128}. */
    I128(16, true),
    /** {@code i256}. */
    I256(32, true);

    private final int width;
    private final boolean signed;

    Primitive(int width, boolean signed) {
        this.width = width;
        this.signed = signed;
    }

    /** {@return the size in bytes (0 for {@code str}, whose size varies)} */
    public int width() {
        return width;
    }

    /** {@return whether it is a signed integer} */
    public boolean signed() {
        return signed;
    }

    /** {@return whether it is an integer type} */
    public boolean isInteger() {
        return this != BOOL && this != CHAR && this != STR;
    }

    /** {@return the Rust name, e.g. {@code u16}} */
    public String rustName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
