/**
 * The byte layout of a batch's off-heap memory ({@link io.yuma.batch.layout.BatchLayout}): what
 * the engines read and write directly. Internal to the engines; applications use
 * {@link io.yuma.batch.SubnetBatch} and {@link io.yuma.batch.BatchResults}.
 */
package io.yuma.batch.layout;
