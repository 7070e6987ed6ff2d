package outside.engine;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;

/**
 * A class outside every package the rule-base cache may read, standing for a deserialization gadget: it notes
 * when a stream brings it to life, which a filtered stream must never do.
 */
public final class Tripwire implements Serializable {

    private static final long serialVersionUID = 1L;
    private static volatile boolean triggered;

    public static boolean triggered() {
        return triggered;
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        triggered = true;
    }
}
