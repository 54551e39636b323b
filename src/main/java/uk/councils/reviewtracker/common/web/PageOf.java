package uk.councils.reviewtracker.common.web;

import java.util.List;
import java.util.stream.IntStream;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One page of a list held in memory, with the links GOV.UK pagination needs. Links keep the request's other
 * query parameters (filters, sort order).
 */
public record PageOf<T>(List<T> items, int number, int totalPages, int totalItems) {

    public static final int SIZE = 20;

    public static <T> PageOf<T> of(List<T> all, int requested) {
        int totalPages = Math.max(1, (all.size() + SIZE - 1) / SIZE);
        int number = Math.min(Math.max(requested, 1), totalPages);
        int from = (number - 1) * SIZE;
        return new PageOf<>(all.subList(from, Math.min(all.size(), from + SIZE)), number, totalPages, all.size());
    }

    public List<Integer> numbers() {
        return IntStream.rangeClosed(1, totalPages).boxed().toList();
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
