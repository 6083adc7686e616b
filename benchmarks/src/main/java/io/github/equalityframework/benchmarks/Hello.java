package io.github.equalityframework.benchmarks;

/** The cold-start baseline: the smallest Java program that prints a line. */
public final class Hello {
    private Hello() {}

    public static void main(String[] args) {
        System.out.println("hello");
    }
}
