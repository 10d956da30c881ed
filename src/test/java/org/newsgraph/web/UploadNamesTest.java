package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.newsgraph.TestApp;

/**
 * A client's file name with NUL, line breaks or other control characters is answered like any other upload: the
 * file is named in the job with a cleaned name, never a 500. The files are empty, so nothing is imported.
 */
@ResourceLock(TestApp.ADDING_LOCK)
class UploadNamesTest {
    @RegisterExtension
    static final TestApp app = TestApp.forAdding();

    @Test
    void controlCharactersInAFileNameNeverGiveA500() throws Exception {
        List<String> wrong = new java.util.ArrayList<>();
        for (String name : List.of("a\u0000b.txt", "line\nbreak.txt", "cr\rname.txt", "both\r\nX-Evil: 1.txt", "tab\tname.txt",
                "bell\u0007\u001b[31m.txt", "del\u007f.txt", "next\u0085line.txt", "\u0000", "\r\n")) {
            String shown = name.replaceAll("\\p{Cntrl}", "?");
            String boundary = "----names" + System.nanoTime();
            HttpResponse<String> r;
            try {
                r = app.send(HttpRequest.newBuilder(URI.create(app.url("/api/articles")))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-Requested-With", "newsgraph")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(Uploads.multipart(boundary,
                                List.of(new Uploads.Part(name, new byte[0]))))).build());
            } catch (java.io.IOException e) {
                wrong.add(shown + " → no answer: " + e.getMessage());
                continue;
            }
            if (r.statusCode() >= 500) {
                wrong.add(shown + " → " + r.statusCode() + " " + r.body());
                continue;
            }
            JsonNode body = TestApp.json(r);
            if (r.statusCode() != 200) {
                assertTrue(body.has("error") && body.has("detail"), shown + ": " + r.body());
                continue;
            }
            assertEquals(1, body.get("items").size(), shown + ": " + body);
            String item = body.get("items").get(0).toString();
            assertFalse(item.contains("\\u0000") || item.contains("\\n") || item.contains("\\r") || item.contains("\\u007F")
                    || item.contains("\\u0007"), shown + ": " + item);
        }
        assertEquals(List.of(), wrong);
        assertEquals(200, app.get("/api/health").statusCode());
    }
}
