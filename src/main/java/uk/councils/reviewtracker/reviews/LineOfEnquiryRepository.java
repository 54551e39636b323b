package uk.councils.reviewtracker.reviews;

import org.springframework.data.jpa.repository.JpaRepository;

interface LineOfEnquiryRepository extends JpaRepository<LineOfEnquiry, Long> {
}
