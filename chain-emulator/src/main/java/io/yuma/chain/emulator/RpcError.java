package io.yuma.chain.emulator;

/** A JSON-RPC error answer: code and message, as a substrate node gives them. */
final class RpcError extends Exception {
    private static final long serialVersionUID = 1L;

    /** Substrate's code for client errors of the state API (unknown or discarded block). */
    static final int STATE_ERROR = 4003;
    static final int INVALID_PARAMS = -32602;
    static final int METHOD_NOT_FOUND = -32601;
    static final int INVALID_REQUEST = -32600;
    static final int PARSE_ERROR = -32700;

    private final int code;

    RpcError(int code, String message) {
        super(message);
        this.code = code;
    }

    int code() {
        return code;
    }
}
