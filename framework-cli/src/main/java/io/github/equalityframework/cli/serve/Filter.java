package io.github.equalityframework.cli.serve;

import java.util.List;

/**
 * One guard on the way to the pages, as {@code com.sun.net.httpserver.Filter} is for the JDK's server: it answers
 * the exchange itself (a refusal), or passes it, possibly with more known about it, to the rest of the chain.
 */
@FunctionalInterface
interface Filter {
    Reply filter(Exchange exchange, Chain next);

    /** The rest of the chain after a filter. */
    @FunctionalInterface
    interface Chain {
        Reply proceed(Exchange exchange);
    }

    /** The filters in order, then {@code end}. */
    static Chain chain(List<Filter> filters, Chain end) {
        Chain chain = end;
        for (int i = filters.size() - 1; i >= 0; i--) {
            Filter filter = filters.get(i);
            Chain next = chain;
            chain = exchange -> filter.filter(exchange, next);
        }
        return chain;
    }
}
