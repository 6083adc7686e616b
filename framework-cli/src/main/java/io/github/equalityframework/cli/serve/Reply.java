package io.github.equalityframework.cli.serve;

/**
 * What the chain of filters answers: a page, and the session cookie to set with it (or null).
 */
record Reply(Page page, String setCookie) {
    static Reply of(Page page) {
        return new Reply(page, null);
    }

    Reply withCookie(String cookie) {
        return new Reply(page, cookie);
    }
}
