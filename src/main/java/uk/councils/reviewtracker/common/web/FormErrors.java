package uk.councils.reviewtracker.common.web;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.util.DetailedError;

/**
 * Puts a form's errors in the order of its fields, as the GOV.UK error summary asks: errors about the whole form
 * first, then each field's in the order the form class declares them (which is the order the page shows them).
 */
@Component("formErrors")
public class FormErrors {

    public List<DetailedError> inFieldOrder(Object form, List<DetailedError> errors) {
        if (form == null) {
            return errors;
        }
        List<String> fields = new ArrayList<>();
        for (Class<?> type = form.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                fields.add(field.getName());
            }
        }
        List<DetailedError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(error -> position(fields, error)));
        return sorted;
    }

    private static int position(List<String> fields, DetailedError error) {
        if (error.isGlobal()) {
            return -1;
        }
        String name = error.getFieldName();
        int bracket = name.indexOf('[');
        int index = fields.indexOf(bracket < 0 ? name : name.substring(0, bracket));
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
