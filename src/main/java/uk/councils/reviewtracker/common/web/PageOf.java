package uk.councils.reviewtracker.common.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One page of a list, with the links GOV.UK pagination needs. Links keep the request's other query parameters
 * (filters, sort order).
 */
public record PageOf<T>(List<T> items, int number, int totalPages, long totalItems) {

    public static final int SIZE = 20;

    public static <T> PageOf<T> of(Page<T> page) {
        return new PageOf<>(page.getContent(), page.getNumber() + 1, Math.max(1, page.getTotalPages()),
                page.getTotalElements());
    }

    /**
     * The page numbers to link, as GOV.UK pagination shows a long list: the first, the last, the current one and
     * its neighbours, with null where numbers are left out (an ellipsis).
     */
    public List<Integer> numbers() {
        List<Integer> numbers = new ArrayList<>();
        for (int n = 1; n <= totalPages; n++) {
            if (n == 1 || n == totalPages || Math.abs(n - number) <= 1) {
                numbers.add(n);
            } else if (numbers.get(numbers.size() - 1) != null) {
                numbers.add(null);
            }
        }
        return numbers;
    }

    public String link(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build().toUriString();
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < totalPages;
    }
}
