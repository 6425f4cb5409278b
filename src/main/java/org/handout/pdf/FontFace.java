package org.handout.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;

/** One face of a font family that handout embeds, loaded from the classpath. */
record FontFace(String family, String resource, int weight, FontStyle style) {
}
