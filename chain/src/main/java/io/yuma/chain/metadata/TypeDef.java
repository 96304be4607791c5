package io.yuma.chain.metadata;

import java.util.List;

/** The shape of a registry type: scale-info's {@code TypeDef}. */
public sealed interface TypeDef {
    /**
     * A struct: named fields, tuple-like fields, or none.
     *
     * @param fields its fields
     */
    record Composite(List<Field> fields) implements TypeDef {
        /** Copies the fields. */
        public Composite {
            fields = List.copyOf(fields);
        }
    }

    /**
     * An enum.
     *
     * @param variants its variants
     */
    record Variant(List<VariantDef> variants) implements TypeDef {
        /** Copies the variants. */
        public Variant {
            variants = List.copyOf(variants);
        }
    }

    /**
     * A compact length, then that many elements.
     *
     * @param element the element type
     */
    record Sequence(int element) implements TypeDef {
    }

    /**
     * A fixed number of elements.
     *
     * @param length how many
     * @param element the element type
     */
    record Array(int length, int element) implements TypeDef {
    }

    /**
     * A tuple.
     *
     * @param elements the element types, in order
     */
    record Tuple(List<Integer> elements) implements TypeDef {
        /** Copies the elements. */
        public Tuple {
            elements = List.copyOf(elements);
        }
    }

    /**
     * A primitive.
     *
     * @param primitive which
     */
    record Primitives(Primitive primitive) implements TypeDef {
    }

    /**
     * An integer (or a struct around one) in SCALE's compact encoding.
     *
     * @param inner the type compacted
     */
    record Compact(int inner) implements TypeDef {
    }

    /**
     * A bit sequence (not decoded by this library).
     *
     * @param store the store type
     * @param order the order type
     */
    record BitSequence(int store, int order) implements TypeDef {
    }
}
