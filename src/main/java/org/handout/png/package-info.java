/**
 * PNG files written by hand, shared by the stages that make pictures (the template's QR code, the
 * index's thumbnails): smaller and faster than ImageIO's for what they hold. This package depends on
 * nothing else in handout.
 */
package org.handout.png;
