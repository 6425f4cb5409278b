/** A rerunnable benchmark: a generated corpus of realistic leaflets, built and timed in this JVM. */
package org.handout.bench;
