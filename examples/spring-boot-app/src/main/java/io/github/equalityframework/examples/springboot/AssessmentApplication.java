package io.github.equalityframework.examples.springboot;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.io.ModelCodec;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot 4 service that embeds the library: one {@link AssessmentEngine} bean, built at start-up and shared by
 * every request thread (an engine is thread-safe), closed when the application stops.
 */
@SpringBootApplication
public class AssessmentApplication {

    /** The engine with every plugin on the class path (here the LGA framework); Spring closes it on shutdown. */
    @Bean(destroyMethod = "close")
    AssessmentEngine assessmentEngine() {
        return AssessmentEngine.builder().discoverPlugins().build();
    }

    /** The library's own reader and writer: strict, with every problem located at file:line:column. */
    @Bean
    ModelCodec modelCodec() {
        return ModelCodec.strict();
    }

    public static void main(String[] args) {
        SpringApplication.run(AssessmentApplication.class, args);
    }
}
