package uk.councils.reviewtracker.reminders;

import uk.councils.reviewtracker.actions.Rag;

/** One action as a digest lists it: plain values, so the mail is rendered without the database. */
record DigestItem(Long actionId, String text, String recommendationRef, String recommendationText,
                  String reviewLabel, String target, Rag rag, String leadName, boolean stale) {
}
