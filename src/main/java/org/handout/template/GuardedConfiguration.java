package org.handout.template;

import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * A FreeMarker configuration whose templates stop when their thread is interrupted, even in a loop
 * that writes nothing ({@code <#list 1..999999999 as i></#list>}): FreeMarker's own interruption checks
 * ({@code _CoreAPI.addThreadInterruptedChecks}, public since 2.3.22 but off by default) are put into every
 * loop and macro body of each template once, when it is first loaded — pages and the files they
 * {@code #include} or {@code #import} alike, since every one is loaded through here. A check is also an
 * element {@link RunGuard} is told of, so the guard sees every turn of such a loop.
 */
final class GuardedConfiguration extends Configuration {
    /** The templates already given their checks (the checks change the template, so only once each). */
    private final Set<Template> guarded = Collections.newSetFromMap(new WeakHashMap<>());

    GuardedConfiguration() {
        super(Configuration.VERSION_2_3_34);
    }

    @Override
    public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
            boolean parseAsFTL, boolean ignoreMissing) throws IOException {
        Template template = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
        if (template != null) {
            // Under the lock, so no thread runs a template while another is still adding its checks.
            synchronized (guarded) {
                if (guarded.add(template)) {
                    _CoreAPI.addThreadInterruptedChecks(template);
                }
            }
        }
        return template;
    }
}
