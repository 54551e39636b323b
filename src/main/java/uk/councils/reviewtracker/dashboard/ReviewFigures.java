package uk.councils.reviewtracker.dashboard;

import java.util.List;

/** A review's figures: the whole plan, by theme and by recommendation group. */
public record ReviewFigures(Figures whole, List<Figures> themes, List<Figures> groups) {
}
