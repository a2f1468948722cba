/**
 * Starting a host program, such as the IDE, that runs on the class path and drives the engine: the runtime module
 * exports its engine packages to the class path alone, never to sketch code.
 */
package dev.relive.host;
