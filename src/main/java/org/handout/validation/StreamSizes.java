package org.handout.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.handout.diagnostic.DiagnosticException;
import org.verapdf.as.ASAtom;
import org.verapdf.cos.COSDocument;
import org.verapdf.cos.COSKey;
import org.verapdf.cos.COSObjType;
import org.verapdf.cos.COSObject;

/**
 * Unpacks every compressed part of a PDF, counting, before veraPDF reads any: veraPDF reads fonts,
 * metadata and colour profiles whole into memory (a 2 MB file whose metadata inflates to 2 GB took it 2
 * minutes and 2.4 GB), and copies each object stream, unpacked, to a temporary file. Object streams go
 * first, because the other objects are read out of them; objects inside them are not read at all, as
 * a stream cannot be one of them. Pictures (image XObjects) have limits of their own, larger: veraPDF
 * never unpacks one (a picture that inflates to 2 GB took it 2 s and 118 MB), and a photo-heavy leaflet
 * may well unpack to more than a font ever would; but a stream marked as a picture and used as a font
 * is unpacked by veraPDF all the same (2 GB of it took 52 s).
 */
final class StreamSizes {

    private final String file;
    private final ValidationLimits limits;
    private final Set<CosId> measured = new HashSet<>();
    private final List<COSObject> attachedPdfs = new ArrayList<>();
    private long total;
    private long pictures;

    private StreamSizes(String file, ValidationLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    /** Measures every stream; returns those that hold a PDF (attached files, which veraPDF checks too). */
    static List<COSObject> check(COSDocument document, String file, ValidationLimits limits)
            throws DiagnosticException {
        StreamSizes sizes = new StreamSizes(file, limits);
        List<COSKey> keys = XrefKeys.of(document);
        if (keys == null) {
            for (COSObject object : document.getObjects()) {
                sizes.measure(object);
            }
            return sizes.attachedPdfs;
        }
        Set<Integer> objectStreams = new TreeSet<>();
        List<COSKey> inFile = new ArrayList<>();
        for (COSKey key : keys) {
            Long offset = document.getOffset(key);
            if (offset != null && offset < 0) {
                objectStreams.add((int) -offset);
            } else if (offset != null && offset > 0) {
                inFile.add(key);
            }
        }
        for (int number : objectStreams) {
            COSKey key = new COSKey(number, 0);
            Long offset = document.getOffset(key);
            if (offset != null && offset > 0) {
                sizes.measure(document.getObject(key));
            }
        }
        for (COSKey key : inFile) {
            sizes.measure(document.getObject(key));
        }
        return sizes.attachedPdfs;
    }

    private void measure(COSObject object) throws DiagnosticException {
        if (object == null || object.getType() != COSObjType.COS_STREAM || !measured.add(CosId.of(object))) {
            return;
        }
        if (object.getNameKey(ASAtom.SUBTYPE) == ASAtom.IMAGE) {
            measurePicture(object);
            return;
        }
        long left = limits.maxUnpackedBytes() - total;
        long cap = Math.min(limits.maxStreamBytes(), left);
        Unpacked unpacked = Unpacked.of(object, cap);
        long size = unpacked.size();
        if (size > cap) {
            throw cap == left ? Refusal.unpackedTooLarge(file, limits.maxUnpackedBytes())
                    : Refusal.streamTooLarge(file, CosId.of(object).describe(), limits.maxStreamBytes());
        }
        total += size;
        if (unpacked.pdf()) {
            attachedPdfs.add(object);
        }
    }

    private void measurePicture(COSObject picture) throws DiagnosticException {
        long left = limits.maxPicturesBytes() - pictures;
        long cap = Math.min(limits.maxPictureBytes(), left);
        long size = Unpacked.of(picture, cap).size();
        if (size > cap) {
            throw cap == left ? Refusal.picturesTooLarge(file, limits.maxPicturesBytes())
                    : Refusal.pictureTooLarge(file, CosId.of(picture).describe(), limits.maxPictureBytes());
        }
        pictures += size;
    }
}
