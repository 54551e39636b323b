package uk.councils.reviewtracker.letters;

import org.springframework.web.multipart.MultipartFile;

/** The upload form: one letter, PDF, Word or text. */
class LetterUploadForm {

    private MultipartFile file;

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }
}
