package io.github.equalityframework.validation;

import io.github.equalityframework.problem.ValidationProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Field constraints of the model, checked with Hibernate Validator. Messages are interpolated without
 * Expression Language, so no EL implementation is needed at run time.
 */
final class BeanConstraints {
    private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    private BeanConstraints() {}

    static List<ValidationProblem> check(Object bean) {
        return VALIDATOR.validate(bean).stream()
                .map(v -> ValidationProblem.at(path(v.getPropertyPath()), message(v)))
                .toList();
    }

    private static String message(ConstraintViolation<?> violation) {
        Class<? extends Annotation> constraint =
                violation.getConstraintDescriptor().getAnnotation().annotationType();
        boolean missing = violation.getInvalidValue() == null
                && (constraint == NotNull.class || constraint == NotBlank.class || constraint == NotEmpty.class);
        return missing ? "is required" : violation.getMessage();
    }

    /** {@code claims[3].level} for HV's path nodes; container element nodes add only their index. */
    static String path(Path propertyPath) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : propertyPath) {
            if (node.isInIterable() && node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                out.append(out.length() == 0 ? "" : ".").append(name);
            }
        }
        return out.toString();
    }
}
