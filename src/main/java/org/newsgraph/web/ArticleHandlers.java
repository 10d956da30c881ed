package org.newsgraph.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.extract.text.ArticleMeta;
import org.newsgraph.extract.text.ArticleReader;
import org.newsgraph.extract.text.HtmlArticle;
import org.newsgraph.extract.text.SkippedFile;
import org.newsgraph.extract.text.SourceArticle;
import org.newsgraph.load.ArticleImports;
import org.newsgraph.model.Problem;

/**
 * Adding and removing articles: POST /api/articles (a pasted text as JSON, or files as multipart), POST
 * /api/imports {urls} or {feed} (a background job), GET /api/imports/{id}, DELETE /api/articles/{id}.
 */
final class ArticleHandlers {
    static final int MAX_FILES = 500;
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    private final ArticleImports imports;

    ArticleHandlers(ArticleImports imports) {
        this.imports = imports;
    }

    void add(Context ctx) throws Exception {
        String type = String.valueOf(ctx.contentType()).toLowerCase(Locale.ROOT);
        ArticleReader.Result read = type.startsWith("multipart/form-data") ? files(ctx) : pasted(json(ctx));
        ctx.json(imports.addNow(read));
    }

    void fetch(Context ctx) {
        JsonNode body = json(ctx);
        if (body.hasNonNull("feed")) {
            String feed = Params.text(body, "feed");
            if (feed.length() > 2000) {
                throw Problem.invalid("bad request", "\"feed\" is longer than 2000 characters");
            }
            ctx.status(202).json(imports.fetchFeedLater(feed));
        } else {
            ctx.status(202).json(imports.fetchLater(Params.strings(body, "urls")));
        }
    }

    void job(Context ctx) {
        ctx.json(imports.job(ctx.pathParam("id")));
    }

    void remove(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        imports.remove(id);
        ctx.json(Map.of("removed", id));
    }

    /** A JSON body, sent as JSON: a form of another site cannot send that without asking first. */
    private static JsonNode json(Context ctx) {
        if (!String.valueOf(ctx.contentType()).toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw Problem.invalid("bad request", "send JSON with Content-Type: application/json (or files as multipart)");
        }
        return Params.body(ctx);
    }

    /**
     * {text, title?, outlet?, published?, url?, language?, author?, name?}: one article typed or pasted in the page, or
     * sent by {@code import} beside this server ({@code name}: its file's name, the article's id as a folder import
     * would give it).
     */
    private static ArticleReader.Result pasted(JsonNode body) {
        String text = Params.text(body, "text");
        ArticleMeta meta = new ArticleMeta(optional(body, "title"), optional(body, "outlet"), optional(body, "published"),
                optional(body, "url"), optional(body, "language"), optional(body, "author"));
        String given = optional(body, "name");
        if (given != null && !ArticleReader.isArticleName(fileName(given))) {
            throw Problem.invalid("bad request", "\"name\" must end in .txt, .md, .html or .htm");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            SourceArticle a = ArticleReader.article("pasted.txt", bytes, meta, false, null, null);
            String name = given != null ? fileName(given)
                    : "pasted-" + slug(meta.title() != null ? meta.title() : text) + "-" + a.sha256().substring(0, 8) + ".txt";
            return new ArticleReader.Result(List.of(new SourceArticle(name, a.text(), a.meta(), a.sha256(), a.bytes(),
                    a.language())), List.of());
        } catch (ArticleReader.UnusableFileException e) {
            throw Problem.invalid("unusable text", "the text " + e.getMessage());
        }
    }

    /** Files picked or dropped in the page; each is read on its own, a bad one is listed with its reason. */
    private static ArticleReader.Result files(Context ctx) {
        List<UploadedFile> files = parts(ctx);
        if (files.isEmpty() || files.size() > MAX_FILES) {
            throw Problem.invalid("bad request", "send 1 to " + MAX_FILES + " files in the form field 'files'");
        }
        List<SourceArticle> articles = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        for (UploadedFile f : files) {
            String name = fileName(f.filename());
            try {
                if (f.size() > MAX_FILE_BYTES) {
                    throw new ArticleReader.UnusableFileException("is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
                }
                if (!ArticleReader.isArticleName(name)) {
                    throw new ArticleReader.UnusableFileException("is not a .txt, .md or .html file");
                }
                byte[] bytes = f.contentAndClose(in -> {
                    try {
                        return in.readAllBytes();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                articles.add(ArticleReader.article(name, bytes, ArticleMeta.empty(), HtmlArticle.isHtmlName(name), null, null));
            } catch (ArticleReader.UnusableFileException e) {
                skipped.add(new SkippedFile(name, e.getMessage()));
            } catch (RuntimeException | StackOverflowError e) {
                skipped.add(new SkippedFile(name, ArticleReader.failure(e))); // one file's failure, not the request's
            }
        }
        return new ArticleReader.Result(articles, skipped);
    }

    /**
     * The form's files. Jetty refuses a part header it cannot read (a file name with NUL, CR or LF in it) as a bad
     * message, wrapped in a ServletException that would otherwise end as a 500: it is the client's, so 4xx.
     */
    private static List<UploadedFile> parts(Context ctx) {
        try {
            return ctx.uploadedFiles("files");
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof org.eclipse.jetty.http.BadMessageException bad) {
                    // the rest of the body is unread and Jetty drops the connection after the answer: say so, or
                    // the client sends its next request down a connection that is going away
                    ctx.header("Connection", "close");
                    throw bad.getCode() == 413 ? Problem.tooLarge("too large", "the upload is too large: " + bad.getReason())
                            : Problem.invalid("bad upload", "the multipart form cannot be read (a file name with control "
                            + "characters?): " + bad.getReason());
                }
            }
            throw e;
        }
    }

    /** The last part of a client's file name, in letters, digits, '.', '-' and '_' only: it never names a path here. */
    static String fileName(String raw) {
        String base = raw == null ? "" : raw.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
        return base.isEmpty() ? "upload.txt" : base.length() > 120 ? base.substring(base.length() - 120) : base;
    }

    private static String slug(String s) {
        String slug = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_+|_+$", "");
        return slug.length() > 40 ? slug.substring(0, 40).replaceAll("_+$", "") : slug;
    }

    private static String optional(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() || v.textValue().length() > 1000) {
            throw Problem.invalid("bad request", "\"" + field + "\" must be a string of at most 1000 characters");
        }
        return v.textValue().isBlank() ? null : v.textValue().strip();
    }
}
