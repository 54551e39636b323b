package uk.councils.reviewtracker.reviews;

public enum ReviewType {
    PEER_REVIEW,
    OFSTED_INSPECTION,
    INDEPENDENT_REVIEW,
    SELF_ASSESSMENT
}
