/**
 * The leaflet as plain immutable data: metadata from the front matter and the body as a tree of
 * blocks and inlines. Content reading builds it; templates, lint and renderers only read it.
 * Every node knows its {@link org.handout.model.Position} in the source so later stages can point at it.
 */
package org.handout.model;
