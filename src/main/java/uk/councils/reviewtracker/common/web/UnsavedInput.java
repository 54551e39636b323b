package uk.councils.reviewtracker.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.validation.DataBinder;

/**
 * What someone typed into a form that could not be saved because their session had ended, kept in their new
 * session until the form's page ({@code page}) shows it again. Never saved by itself: the person checks it and
 * saves it as any other form, with a fresh CSRF token and the usual checks (version, permissions, validation).
 */
public record UnsavedInput(String page, Map<String, List<String>> fields) implements Serializable {

    /** More than any form worth keeping holds (the longest, a progress update, is about 5,000 characters). */
    private static final int MOST_CHARACTERS = 20_000;
    private static final String ATTRIBUTE = UnsavedInput.class.getName();
    private static final String CSRF_FIELD = "_csrf";

    /** The fields of the request (without its dead CSRF token); empty when there is too much to keep. */
    public static Optional<UnsavedInput> of(String page, HttpServletRequest request) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        int characters = 0;
        for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
            if (!field.getKey().equals(CSRF_FIELD)) {
                fields.put(field.getKey(), List.of(field.getValue()));
                characters += field.getKey().length() + Arrays.stream(field.getValue()).mapToInt(String::length).sum();
            }
        }
        return characters > MOST_CHARACTERS ? Optional.empty() : Optional.of(new UnsavedInput(page, fields));
    }

    public void keepIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    /** The page of the input kept in this session, if any. */
    public static Optional<String> pageKeptIn(HttpSession session) {
        return session == null ? Optional.empty()
                : Optional.ofNullable((UnsavedInput) session.getAttribute(ATTRIBUTE)).map(UnsavedInput::page);
    }

    /**
     * Fills {@code form} with the input kept for the page this request asks for, and forgets it: true when there
     * was some, so the page can say it was kept.
     */
    public static boolean restore(HttpServletRequest request, Object form) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof UnsavedInput kept)
                || !kept.page().equals(request.getRequestURI().substring(request.getContextPath().length()))) {
            return false;
        }
        session.removeAttribute(ATTRIBUTE);
        MutablePropertyValues values = new MutablePropertyValues();
        kept.fields().forEach((name, given) -> values.add(name, given.size() == 1 ? given.get(0)
                : given.toArray(String[]::new)));
        new DataBinder(form).bind(values);
        return true;
    }
}
