/**
 * The CUDA engine's run on a GPU machine ({@code scripts/cuda-device.sh}): the golden vectors,
 * the differential duel against the reference and the batch benchmark, written up as a markdown
 * report. {@link io.yuma.cuda.device.DeviceRun} is the entry point; its {@code --emulator} option
 * dry-runs everything on the CPU build of the kernels where there is no GPU. See the module's
 * README.
 */
package io.yuma.cuda.device;
