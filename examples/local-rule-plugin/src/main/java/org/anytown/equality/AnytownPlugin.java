package org.anytown.equality;

import io.github.equalityframework.model.Characteristic;
import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import io.github.equalityframework.spi.PluginContext;
import io.github.equalityframework.spi.PluginDescriptor;

/** Anytown Borough Council's own plugin (a fictional council): its local characteristics, rule and profile. */
public final class AnytownPlugin implements EqualityFrameworkPlugin {

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("anytown", "Anytown Borough Council local rules", "1.0.0", "[0.1,1.0)");
    }

    @Override
    public void setup(PluginContext context) {
        context.addCharacteristic(new Characteristic(
                "care-experience",
                "Care-experienced people",
                "People who are or have been looked after by a local authority, including care leavers."));
        context.addCharacteristic(new Characteristic(
                "armed-forces-community",
                "Armed forces community",
                "Serving personnel, reservists, veterans and their families."));
        context.addCharacteristic(
                new Characteristic("carers", "Carers", "People who look after a family member or friend unpaid."));
        context.addCheck(new EiaConsidersLocalCharacteristics());
        context.addProfileResource("org/anytown/equality/anytown-council.yaml");
    }
}
