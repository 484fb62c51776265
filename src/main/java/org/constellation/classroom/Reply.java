package org.constellation.classroom;

import java.util.List;

/**
 * What a submission came to: accepted, or refused with its problems.
 *
 * @param status the HTTP status the server answers with (200, 400 or 409)
 * @param message one sentence for the page
 * @param problems each field's problem, when refused for bad input
 */
record Reply(int status, String message, List<SubmissionCheck.Problem> problems) {

    static Reply ok(String message) {
        return new Reply(200, message, List.of());
    }

    static Reply refused(int status, String message) {
        return new Reply(status, message, List.of());
    }
}
