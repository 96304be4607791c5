/**
 * The golden-vector file format ({@code vector-format/vectors/FORMAT.md}): epoch inputs, expected
 * outputs and traces as JSON, plain or gzip. {@link io.yuma.vector.VectorReader} reads vectors and
 * input files, checking every value; {@link io.yuma.vector.VectorWriter} writes them;
 * {@link io.yuma.vector.VectorFiles} finds them under directories. Bad files raise
 * {@link io.yuma.vector.VectorFormatException} naming the file, epoch, field, uid and value.
 */
package io.yuma.vector;
