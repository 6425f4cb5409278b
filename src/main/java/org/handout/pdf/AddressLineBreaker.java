package org.handout.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import java.util.Locale;
import org.handout.model.AddressBreaks;

/**
 * Where a line may break, as the layout engine's own breaker says, except inside a web or email
 * address: there a line breaks only after a {@code /} or before a {@code .} (never after
 * {@code https://www.} or {@code www.}, never at a hyphen the address has), so a printed address reads
 * "healthcareers / .nhs.uk/explore-roles" and can be typed in again. Reused for every text; not
 * thread-safe (one per layout).
 */
final class AddressLineBreaker implements FSTextBreaker {
    private final BreakIterator words = BreakIterator.getLineInstance(Locale.ROOT);
    private String text = "";
    private int[][] addresses;
    private int address;
    private int addressStart;
    private int addressEnd;
    private int position;

    @Override
    public void setText(String newText) {
        text = newText;
        words.setText(newText);
        addresses = AddressBreaks.find(newText);
        address = -1;
        position = 0;
        nextAddress();
    }

    @Override
    public int next() {
        if (position == BreakIterator.DONE) {
            return position;
        }
        while (addressEnd >= 0 && addressEnd <= position) {
            nextAddress();
        }
        int candidate = words.following(position);
        if (addressEnd >= 0 && candidate != BreakIterator.DONE && candidate > addressStart && position < addressEnd) {
            // the engine's break falls inside an address (or we are in one): the address's own next break
            int own = breakInAddress(Math.max(position, addressStart) + 1);
            candidate = own >= 0 ? own : words.following(addressEnd - 1);
        }
        position = candidate;
        return position;
    }

    /** Moves to the next address in the text; none: -1. */
    private void nextAddress() {
        address++;
        addressStart = address < addresses.length ? addresses[address][0] : -1;
        addressEnd = address < addresses.length ? addresses[address][1] : -1;
    }

    /** The first break the address allows at or after {@code from}, or -1. */
    private int breakInAddress(int from) {
        for (int at = from; at < addressEnd; at++) {
            if (AddressBreaks.allowed(text, addressStart, at)) {
                return at;
            }
        }
        return -1;
    }
}
