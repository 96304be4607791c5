package io.yuma.cuda;

/**
 * A CUDA driver call that did not return {@code CUDA_SUCCESS}, with the call and the status name
 * ({@code CUDA_ERROR_OUT_OF_MEMORY}, ...).
 */
public final class CudaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The status name. */
    private final String status;

    /**
     * @param call the driver function and what it was doing
     * @param status the CUresult name
     * @param code the CUresult value
     */
    CudaException(String call, String status, int code) {
        super(call + " failed: " + status + " (" + code + ")");
        this.status = status;
    }

    /**
     * The CUresult name, e.g. {@code CUDA_ERROR_NO_DEVICE}.
     *
     * @return the status the driver returned
     */
    public String status() {
        return status;
    }
}
