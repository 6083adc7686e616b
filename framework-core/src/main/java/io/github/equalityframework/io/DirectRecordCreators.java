package io.github.equalityframework.io;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;

/**
 * Makes the model's records through their canonical constructors with core reflection instead of Jackson's
 * method handles: {@code invokeWithArguments} builds new invoker classes for every constructor signature the
 * first time, which was a tenth of the CPU of reading the first file in a fresh JVM. Everything else (which
 * constructor, the arguments, the errors a constructor's exception becomes) stays Jackson's.
 */
final class DirectRecordCreators implements ValueInstantiators {

    @Override
    public ValueInstantiator findValueInstantiator(DeserializationConfig config, BeanDescription.Supplier beanDesc) {
        return null;
    }

    @Override
    public ValueInstantiator modifyValueInstantiator(
            DeserializationConfig config, BeanDescription.Supplier beanDesc, ValueInstantiator given) {
        Class<?> type = given.getValueClass();
        // Only this module's records: reflection into a plugin's module could be refused where Jackson's is not.
        if (given.getClass() == StdValueInstantiator.class
                && type != null
                && type.isRecord()
                && type.getModule() == DirectRecordCreators.class.getModule()) {
            return new Direct((StdValueInstantiator) given);
        }
        return given;
    }

    private static final class Direct extends StdValueInstantiator {
        Direct(StdValueInstantiator given) {
            super(given);
        }

        @Override
        public Object createFromObjectWith(DeserializationContext ctxt, Object[] args) throws JacksonException {
            if (!(_withArgsCreator instanceof AnnotatedConstructor creator)) {
                return super.createFromObjectWith(ctxt, args);
            }
            Constructor<?> constructor = creator.getAnnotated();
            try {
                return constructor.newInstance(args);
            } catch (InvocationTargetException e) {
                // As Jackson does with the constructor's own exception: an error passes, an exception is wrapped.
                Throwable cause = e.getCause();
                if (cause instanceof Error error) {
                    throw error;
                }
                return ctxt.handleInstantiationProblem(_valueClass, args, rewrapCtorProblem(ctxt, cause));
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                return super.createFromObjectWith(ctxt, args);
            }
        }
    }
}
