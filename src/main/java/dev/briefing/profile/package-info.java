/**
 * The user's declaration of a collection's subject: thread profiles (declared negotiation threads
 * and the anchor dates that undated articles' durations are counted from) and how they are read.
 * Consulted by analysis (anchors) and threading (declared threads); depends on nothing downstream.
 */
package dev.briefing.profile;
