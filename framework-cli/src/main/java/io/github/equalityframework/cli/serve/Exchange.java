package io.github.equalityframework.cli.serve;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A request on its way through the filters: what arrived, and what the filters found out about it.
 *
 * @param request    the request as it arrived
 * @param uri        its target, parsed
 * @param session    the session id, once the session filter has run (else null)
 * @param newSession whether the session was made for this request (its cookie is still to be set)
 * @param form       the form fields of a POST once its CSRF token was checked (else empty)
 */
record Exchange(
        ServeHttp.Request request, URI uri, String session, boolean newSession, Map<String, List<String>> form) {
    static Exchange of(ServeHttp.Request request, URI uri) {
        return new Exchange(request, uri, null, false, Map.of());
    }

    String method() {
        return request.method();
    }

    String header(String name) {
        return request.header(name);
    }

    Exchange withSession(String id, boolean made) {
        return new Exchange(request, uri, id, made, form);
    }

    Exchange withForm(Map<String, List<String>> fields) {
        return new Exchange(request, uri, session, newSession, fields);
    }
}
