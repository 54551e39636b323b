package uk.councils.reviewtracker.letters;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser would send from the draft review page: every input, textarea and select of its main form, with
 * the values the page shows. Tests change some and post the rest as they are.
 */
final class DraftPage {

    private static final Pattern FORM = Pattern.compile(
            "<form[^>]*action=\"/reviews/import-letter/draft\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.DOTALL);

    private DraftPage() {
    }

    static Map<String, String> fields(String html) {
        Matcher form = FORM.matcher(html);
        if (!form.find()) {
            throw new IllegalArgumentException("No draft form on the page");
        }
        String body = form.group(1);
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(body);
        while (input.find()) {
            String attributes = input.group(1);
            String type = attribute(attributes, "type");
            String name = attribute(attributes, "name");
            boolean unchecked = "checkbox".equals(type) && !attributes.contains("checked");
            if (name != null && !"submit".equals(type) && !unchecked) {
                fields.put(name, valueOr(attribute(attributes, "value")));
            }
        }
        Matcher textarea = TEXTAREA.matcher(body);
        while (textarea.find()) {
            fields.put(attribute(textarea.group(1), "name"), unescape(textarea.group(2)));
        }
        Matcher select = SELECT.matcher(body);
        while (select.find()) {
            String first = null;
            String selected = null;
            Matcher option = OPTION.matcher(select.group(2));
            while (option.find()) {
                String value = valueOr(attribute(option.group(1), "value"));
                first = first == null ? value : first;
                selected = selected == null && option.group(1).contains("selected") ? value : selected;
            }
            fields.put(attribute(select.group(1), "name"), selected != null ? selected : valueOr(first));
        }
        return fields;
    }

    /** Whether the section with this id opens by itself when the page loads. */
    static boolean isOpen(String html, String id) {
        Matcher details = Pattern.compile("<details\\b([^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*)>").matcher(html);
        if (!details.find()) {
            throw new IllegalArgumentException("No section " + id + " on the page");
        }
        return details.group(1).matches(".*\\bopen\\b.*");
    }

    /** The page's text as a reader sees it: entities decoded, so sentences with apostrophes compare as written. */
    static String text(String html) {
        return unescape(html);
    }

    private static String attribute(String attributes, String name) {
        Matcher matcher = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
        return matcher.find() ? unescape(matcher.group(1)) : null;
    }

    private static String valueOr(String value) {
        return value == null ? "" : value;
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}
