package io.github.equalityframework.cli.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The HTTP/1.1 transport of {@code eflg serve}. One thread reads and writes every connection without blocking, and
 * hands a request to the worker threads only once its line, headers and body have all arrived; so sockets that
 * send half a request, or read their answer slowly, hold no worker, and a real request is answered however many
 * of them are open. Each request must arrive within its time limits ({@link Limits}), or the connection gets 408
 * and is closed. Every answer closes its connection.
 */
final class ServeHttp implements AutoCloseable {
    /**
     * The limits of one connection.
     *
     * @param headers     time from the connection's opening to the end of its request's headers
     * @param body        time from the end of the headers to the end of the body
     * @param maxBody     the largest body kept; a longer one is read up to {@code maxDrained} bytes and dropped
     * @param maxDrained  how much of a body over the limit is read, so that the client sees the answer
     * @param connections the connections open at once; past it the oldest still sending its request is closed
     */
    record Limits(Duration headers, Duration body, int maxBody, int maxDrained, int connections) {
        static Limits standard(int maxBody) {
            return new Limits(Duration.ofSeconds(10), Duration.ofSeconds(20), maxBody, 4 * maxBody, 256);
        }
    }

    /**
     * A request that arrived whole.
     *
     * @param tooLarge whether its body was over the limit (then {@code body} is empty)
     */
    record Request(String method, String target, Map<String, List<String>> headers, byte[] body, boolean tooLarge) {
        String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    /** The largest request line and headers read. */
    static final int MAX_HEAD = 16 * 1024;

    private static final Duration LINGER = Duration.ofSeconds(2);
    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(200, "OK"),
            Map.entry(303, "See Other"),
            Map.entry(400, "Bad Request"),
            Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"),
            Map.entry(408, "Request Timeout"),
            Map.entry(409, "Conflict"),
            Map.entry(413, "Content Too Large"),
            Map.entry(415, "Unsupported Media Type"),
            Map.entry(421, "Misdirected Request"),
            Map.entry(422, "Unprocessable Content"),
            Map.entry(431, "Request Header Fields Too Large"),
            Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"));

    private final ServerSocketChannel listener;
    private final Selector selector;
    private final Limits limits;
    private final Function<Request, byte[]> handler;
    private final ExecutorService workers;
    private final Thread loop;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final List<Connection> open = new ArrayList<>();
    private volatile boolean closed;

    private ServeHttp(ServerSocketChannel listener, Limits limits, int workerCount, Function<Request, byte[]> handler)
            throws IOException {
        this.listener = listener;
        this.selector = Selector.open();
        this.limits = limits;
        this.handler = handler;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(workerCount, r -> {
            Thread t = new Thread(r, "eflg-serve-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        listener.configureBlocking(false);
        listener.register(selector, SelectionKey.OP_ACCEPT);
        this.loop = new Thread(this::run, "eflg-serve-connections");
        loop.setDaemon(true);
    }

    /** Listens on the address and answers each whole request with {@code handler}'s bytes (see {@link #response}). */
    static ServeHttp start(InetSocketAddress address, Limits limits, int workerCount, Function<Request, byte[]> handler)
            throws IOException {
        ServerSocketChannel listener = ServerSocketChannel.open();
        try {
            listener.bind(address);
            ServeHttp http = new ServeHttp(listener, limits, workerCount, handler);
            http.loop.start();
            return http;
        } catch (IOException | RuntimeException e) {
            listener.close();
            throw e;
        }
    }

    InetSocketAddress address() {
        try {
            return (InetSocketAddress) listener.getLocalAddress();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        closed = true;
        selector.wakeup();
        try {
            loop.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.shutdownNow();
    }

    /** The bytes of an answer that closes its connection. */
    static byte[] response(int status, Map<String, String> headers, byte[] body, boolean head) {
        StringBuilder h = new StringBuilder("HTTP/1.1 ")
                .append(status)
                .append(' ')
                .append(REASONS.getOrDefault(status, "Status"))
                .append("\r\n");
        headers.forEach((k, v) -> h.append(k).append(": ").append(v).append("\r\n"));
        h.append("Content-Length: ").append(body.length).append("\r\n");
        h.append("Connection: close\r\n\r\n");
        byte[] top = h.toString().getBytes(StandardCharsets.ISO_8859_1);
        if (head) {
            return top;
        }
        byte[] all = new byte[top.length + body.length];
        System.arraycopy(top, 0, all, 0, top.length);
        System.arraycopy(body, 0, all, top.length, body.length);
        return all;
    }

    private static byte[] plain(int status, String text) {
        return response(
                status,
                Map.of("Content-Type", "text/plain; charset=utf-8"),
                (text + "\n").getBytes(StandardCharsets.UTF_8),
                false);
    }

    private void run() {
        try (selector;
                listener) {
            while (!closed) {
                selector.select(nextWake());
                Runnable task;
                while ((task = tasks.poll()) != null) {
                    task.run();
                }
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.isAcceptable()) {
                        accept();
                    } else if (key.attachment() instanceof Connection c) {
                        c.ready(key);
                    }
                }
                expire();
            }
        } catch (IOException | ClosedSelectorException e) {
            // the server is stopping
        } finally {
            new ArrayList<>(open).forEach(Connection::close);
        }
    }

    private long nextWake() {
        long now = System.nanoTime();
        long wake = 1_000;
        for (Connection c : open) {
            wake = Math.min(wake, Math.max(1, (c.deadline - now) / 1_000_000 + 1));
        }
        return wake;
    }

    private void accept() throws IOException {
        SocketChannel channel;
        while ((channel = listener.accept()) != null) {
            if (open.size() >= limits.connections()) {
                open.stream()
                        .filter(c -> c.state == State.READING)
                        .min(Comparator.comparingLong(c -> c.opened))
                        .ifPresent(Connection::close);
            }
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            Connection c = new Connection(channel);
            c.key = channel.register(selector, SelectionKey.OP_READ, c);
            open.add(c);
        }
    }

    private void expire() {
        long now = System.nanoTime();
        for (Connection c : new ArrayList<>(open)) {
            if (now - c.deadline >= 0) {
                if (c.state == State.READING) {
                    c.answer(plain(408, "The request did not arrive in time."));
                } else {
                    c.close();
                }
            }
        }
    }

    private enum State {
        READING,
        WORKING,
        WRITING,
        LINGERING
    }

    /** One connection: its request as it arrives, then its answer going out. */
    private final class Connection {
        final SocketChannel channel;
        final long opened = System.nanoTime();
        SelectionKey key;
        State state = State.READING;
        long deadline = opened + limits.headers().toNanos();
        final ByteArrayOutputStream head = new ByteArrayOutputStream();
        int scanned;
        String method;
        String target;
        Map<String, List<String>> headers;
        RequestBody body;
        ByteBuffer out;
        long lingered;

        Connection(SocketChannel channel) {
            this.channel = channel;
        }

        void ready(SelectionKey key) {
            try {
                if (key.isReadable()) {
                    read();
                } else if (key.isWritable()) {
                    write();
                }
            } catch (IOException e) {
                close();
            }
        }

        private void read() throws IOException {
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            int n = channel.read(buffer);
            if (n < 0) {
                close();
                return;
            }
            if (state == State.LINGERING) {
                lingered += n;
                if (lingered > limits.maxDrained()) {
                    close();
                }
                return;
            }
            if (state != State.READING) {
                return;
            }
            byte[] bytes = buffer.array();
            int from = 0;
            if (headers == null) {
                head.write(bytes, 0, n);
                int end = headEnd(head.toByteArray());
                if (end < 0) {
                    if (head.size() > MAX_HEAD) {
                        answer(plain(431, "The request's headers are too long."));
                    }
                    return;
                }
                byte[] all = head.toByteArray();
                String refusal = parseHead(new String(all, 0, end, StandardCharsets.ISO_8859_1));
                if (refusal != null) {
                    answer(plain(refusal.startsWith("501") ? 501 : 400, refusal.substring(4)));
                    return;
                }
                deadline = System.nanoTime() + limits.body().toNanos();
                bytes = all;
                from = end;
                n = all.length;
            }
            if (body.feed(bytes, from, n)) {
                dispatch();
            } else if (body.failed() != null) {
                answer(plain(400, body.failed()));
            }
        }

        /** The index just past the blank line ending the headers, or -1. */
        private int headEnd(byte[] b) {
            for (int i = Math.max(0, scanned - 3); i < b.length; i++) {
                if (b[i] == '\n') {
                    if (i + 1 < b.length && b[i + 1] == '\n') {
                        return i + 2;
                    }
                    if (i + 2 < b.length && b[i + 1] == '\r' && b[i + 2] == '\n') {
                        return i + 3;
                    }
                }
            }
            scanned = b.length;
            return -1;
        }

        /** Reads the request line and headers; a refusal ("400 why" or "501 why"), or null. */
        private String parseHead(String text) {
            String[] lines = text.split("\r?\n");
            String[] first = lines[0].split(" ", -1);
            if (first.length != 3 || !first[2].startsWith("HTTP/1.") || !first[1].startsWith("/")) {
                return "400 The request line is not one of HTTP/1.1.";
            }
            method = first[0];
            target = first[1];
            headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isEmpty()) {
                    continue;
                }
                int colon = lines[i].indexOf(':');
                if (colon <= 0 || lines[i].charAt(0) == ' ' || lines[i].charAt(0) == '\t') {
                    return "400 A header of the request is malformed.";
                }
                headers.computeIfAbsent(lines[i].substring(0, colon).strip(), k -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).strip());
            }
            List<String> encoding = headers.get("Transfer-Encoding");
            List<String> length = headers.get("Content-Length");
            if (encoding != null) {
                if (length != null
                        || encoding.size() != 1
                        || !encoding.get(0).toLowerCase(Locale.ROOT).equals("chunked")) {
                    return "501 Only chunked transfer coding is understood, without a length.";
                }
                body = new RequestBody(-1, limits.maxBody(), limits.maxDrained());
            } else if (length != null) {
                if (length.size() != 1 || !length.get(0).matches("[0-9]{1,18}")) {
                    return "400 The request's Content-Length is not one number.";
                }
                body = new RequestBody(Long.parseLong(length.get(0)), limits.maxBody(), limits.maxDrained());
            } else {
                body = new RequestBody(0, limits.maxBody(), limits.maxDrained());
            }
            return null;
        }

        private void dispatch() {
            state = State.WORKING;
            key.interestOps(0);
            Request request =
                    new Request(method, target, headers, body.tooLarge() ? new byte[0] : body.kept(), body.tooLarge());
            try {
                workers.execute(() -> {
                    byte[] answer = handler.apply(request);
                    tasks.add(() -> answer(answer));
                    selector.wakeup();
                });
            } catch (RejectedExecutionException e) {
                close();
            }
        }

        void answer(byte[] bytes) {
            if (!channel.isOpen()) {
                return;
            }
            state = State.WRITING;
            out = ByteBuffer.wrap(bytes);
            deadline = System.nanoTime() + limits.body().toNanos();
            key.interestOps(SelectionKey.OP_WRITE);
            try {
                write();
            } catch (IOException e) {
                close();
            }
        }

        private void write() throws IOException {
            channel.write(out);
            if (!out.hasRemaining()) {
                // Half-close and read what the client still sends, so that closing does not reset the answer away.
                channel.shutdownOutput();
                state = State.LINGERING;
                deadline = System.nanoTime() + LINGER.toNanos();
                key.interestOps(SelectionKey.OP_READ);
            }
        }

        void close() {
            open.remove(this);
            if (key != null) {
                key.cancel();
            }
            try {
                channel.close();
            } catch (IOException e) {
                // already gone
            }
        }
    }
}
