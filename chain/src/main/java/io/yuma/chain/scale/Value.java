package io.yuma.chain.scale;

import io.yuma.chain.hash.Ss58;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

/**
 * A decoded SCALE value, shaped as it renders to JSON: integers of any size, booleans, text,
 * byte strings ({@code Vec<u8>}, {@code [u8; N]}), lists (sequences, arrays, tuples and composites
 * of unnamed fields), records (composites of named fields), enum variants, accounts
 * ({@code AccountId32}) and {@code null} ({@code Option::None}). A composite of exactly one
 * unnamed field (a newtype such as {@code NetUid}) is that field's value, and {@code Some(x)} is
 * {@code x}. The accessors ({@link #asLong}, {@link #asList}, {@link #field}, ...) fail with a
 * {@link ScaleException} naming what they found when the value is of another kind.
 */
public sealed interface Value {
    /**
     * An integer of any size.
     *
     * @param value its value
     */
    record Int(BigInteger value) implements Value {
        @Override
        public BigInteger asBigInteger() {
            return value;
        }
    }

    /**
     * A boolean.
     *
     * @param value its value
     */
    record Bool(boolean value) implements Value {
        @Override
        public boolean asBoolean() {
            return value;
        }
    }

    /**
     * A string or a char.
     *
     * @param value its text
     */
    record Text(String value) implements Value {
    }

    /**
     * A byte string: {@code Vec<u8>} or {@code [u8; N]}.
     *
     * @param value its bytes
     */
    record Bytes(byte[] value) implements Value {
        /** Copies the bytes. */
        public Bytes {
            value = value.clone();
        }

        /** {@return a copy of the bytes} */
        @Override
        public byte[] value() {
            return value.clone();
        }

        @Override
        public byte[] asBytes() {
            return value.clone();
        }

        /** {@return whether {@code other} holds the same bytes} */
        @Override
        public boolean equals(Object other) {
            return other instanceof Bytes that && java.util.Arrays.equals(value, that.value);
        }

        /** {@return a hash of the bytes} */
        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(value);
        }

        /** {@return the bytes as {@code 0x}-hex} */
        @Override
        public String toString() {
            return Hex.encode(value);
        }
    }

    /**
     * A list: a sequence, an array, a tuple, or a composite of several unnamed fields.
     *
     * @param elements its elements
     */
    record Seq(List<Value> elements) implements Value {
        /** Copies the elements. */
        public Seq {
            elements = List.copyOf(elements);
        }

        @Override
        public List<Value> asList() {
            return elements;
        }
    }

    /**
     * A composite of named fields.
     *
     * @param fields its fields, in declaration order
     */
    record Record(SequencedMap<String, Value> fields) implements Value {
        /** Copies the fields, keeping their order. */
        public Record {
            fields = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(fields));
        }

        @Override
        public Value field(String name) {
            Value value = fields.get(name);
            if (value == null) {
                throw new ScaleException("no field '" + name + "' in a record of fields " + fields.keySet());
            }
            return value;
        }
    }

    /**
     * An enum variant.
     *
     * @param name the variant's name
     * @param payload its fields, shaped as a composite's; {@code null} for a variant without fields
     */
    record Variant(String name, Value payload) implements Value {
        @Override
        public String variantName() {
            return name;
        }
    }

    /**
     * An {@code AccountId32}.
     *
     * @param id its 32 bytes
     */
    record Account(byte[] id) implements Value {
        /** Copies the bytes and checks there are 32. */
        public Account {
            if (id.length != 32) {
                throw new ScaleException("an AccountId32 has 32 bytes, not " + id.length);
            }
            id = id.clone();
        }

        /** {@return a copy of the 32 bytes} */
        @Override
        public byte[] id() {
            return id.clone();
        }

        @Override
        public byte[] asBytes() {
            return id.clone();
        }

        /** {@return its SS58 address with Bittensor's prefix 42} */
        public String ss58() {
            return Ss58.encode(id, Ss58.BITTENSOR_PREFIX);
        }

        /** {@return whether {@code other} is the same account} */
        @Override
        public boolean equals(Object other) {
            return other instanceof Account that && java.util.Arrays.equals(id, that.id);
        }

        /** {@return a hash of the account id} */
        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(id);
        }

        /** {@return its SS58 address} */
        @Override
        public String toString() {
            return ss58();
        }
    }

    /** {@code Option::None}. */
    record None() implements Value {
        @Override
        public boolean isNull() {
            return true;
        }
    }

    /** {@return the value as an integer} */
    default BigInteger asBigInteger() {
        throw mismatch("an integer");
    }

    /** {@return the value as a {@code long}, when it is an integer that fits} */
    default long asLong() {
        BigInteger value = asBigInteger();
        if (value.bitLength() > 63) {
            throw new ScaleException("the integer " + value + " does not fit a long");
        }
        return value.longValue();
    }

    /** {@return the value as an {@code int}, when it is an integer that fits} */
    default int asInt() {
        long value = asLong();
        if (value != (int) value) {
            throw new ScaleException("the integer " + value + " does not fit an int");
        }
        return (int) value;
    }

    /** {@return the value as a boolean} */
    default boolean asBoolean() {
        throw mismatch("a boolean");
    }

    /** {@return the bytes of a byte string or an account} */
    default byte[] asBytes() {
        throw mismatch("bytes");
    }

    /** {@return the elements of a list} */
    default List<Value> asList() {
        throw mismatch("a list");
    }

    /**
     * {@return the field named {@code name} of a record}
     *
     * @param name the field's name
     */
    default Value field(String name) {
        throw mismatch("a record with field '" + name + "'");
    }

    /** {@return the variant name of an enum value} */
    default String variantName() {
        throw mismatch("an enum variant");
    }

    /** {@return whether it is {@code null} ({@code Option::None})} */
    default boolean isNull() {
        return false;
    }

    /** {@return the value as one line of JSON, as {@link ValueJson} renders it} */
    default String toJson() {
        return ValueJson.toJson(this);
    }

    private ScaleException mismatch(String expected) {
        return new ScaleException("expected " + expected + " but the value is " + Hex.abbreviate(toJson()));
    }
}
