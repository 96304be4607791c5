package io.yuma.cuda;

import jcuda.driver.CUresult;

/** Turns CUDA driver status codes into {@link CudaException}s. Loads JCuda: only call it once JCuda is known to load. */
final class Driver {
    private Driver() {
    }

    /**
     * @param result a CUresult
     * @param call what was called, for the message
     * @throws CudaException unless {@code result} is CUDA_SUCCESS
     */
    static void check(int result, String call) {
        if (result != CUresult.CUDA_SUCCESS) {
            throw new CudaException(call, CUresult.stringFor(result), result);
        }
    }
}
