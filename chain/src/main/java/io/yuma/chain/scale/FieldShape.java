package io.yuma.chain.scale;

import io.yuma.chain.metadata.Field;
import java.util.List;

/** How the fields of a composite or variant render: as the one field, a record or a list. */
enum FieldShape {
    /** Exactly one unnamed field (a newtype): the value is that field's. */
    NEWTYPE,
    /** Named fields: a record. */
    NAMED,
    /** No fields, or several unnamed ones: a list. */
    UNNAMED;

    static FieldShape of(List<Field> fields) {
        if (fields.size() == 1 && fields.getFirst().name() == null) {
            return NEWTYPE;
        }
        return !fields.isEmpty() && fields.getFirst().name() != null ? NAMED : UNNAMED;
    }
}
