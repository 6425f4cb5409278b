/**
 * The batch runner: composes the stages for every leaflet of a project, keeps going past a bad
 * leaflet, and writes each PDF only once it has passed validation. It sits on top of the pipeline;
 * no stage calls back into it.
 */
package org.handout.batch;
