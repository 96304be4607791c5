package io.yuma.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Index errors name the index and the size, instead of reading the next row's entries. */
class SparseMatrixTest {
    private static final SparseMatrix ROWS = new SparseMatrix.Builder(2).add(3, 30).endRow().add(4, 40).add(5, 50)
            .endRow().build();

    @Test
    void anEntryBeyondItsRowIsRefusedNotReadFromTheNextRow() {
        assertEquals(30, ROWS.value(0, 0));
        assertEquals("entry 1 out of range: row 0 holds 1 entry",
                assertThrows(IndexOutOfBoundsException.class, () -> ROWS.value(0, 1)).getMessage());
    }

    @Test
    void aRowOutOfRangeIsNamed() {
        assertEquals("row 2 out of range: the matrix holds 2 rows",
                assertThrows(IndexOutOfBoundsException.class, () -> ROWS.rowLength(2)).getMessage());
        assertEquals("entry 3 out of range: the matrix holds 3 entries",
                assertThrows(IndexOutOfBoundsException.class, () -> ROWS.columnAt(3)).getMessage());
    }

    @Test
    void nullArraysAreNamed() {
        assertEquals("columns", assertThrows(NullPointerException.class,
                () -> SparseMatrix.ofU16("weights", new int[] {0}, null, new long[0])).getMessage());
    }
}
