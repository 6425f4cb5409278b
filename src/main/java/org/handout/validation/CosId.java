package org.handout.validation;

import org.verapdf.cos.COSBase;
import org.verapdf.cos.COSKey;
import org.verapdf.cos.COSObject;

/**
 * Which PDF object a COS value is, for the visited sets of the walks over a file: its object number when
 * it is an indirect object (the same number reached twice is the same object), else the value itself.
 */
final class CosId {
    private final COSKey key;
    private final COSBase base;

    private CosId(COSKey key, COSBase base) {
        this.key = key;
        this.base = base;
    }

    static CosId of(COSObject object) {
        COSKey key = object.getObjectKey();
        return key != null ? new CosId(key, null) : new CosId(null, object.getDirectBase());
    }

    /** {@code object 12} for a message, or {@code a direct object} when it has no number. */
    String describe() {
        return key != null ? "object " + key.getNumber() : "an object without a number";
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof CosId that)) {
            return false;
        }
        return key != null ? key.equals(that.key) : that.key == null && base == that.base;
    }

    @Override
    public int hashCode() {
        return key != null ? key.hashCode() : System.identityHashCode(base);
    }
}
