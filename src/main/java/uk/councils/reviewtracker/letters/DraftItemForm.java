package uk.councils.reviewtracker.letters;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * One item of a draft review, as the manager edits it. {@code theme} is blank for the summary of findings (and for
 * items that are not findings); {@code key} finds the passage the item was read from.
 */
class DraftItemForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    @NotNull(message = "{letters.item.kind.required}")
    private DraftItemKind kind;
    @Size(max = 300, message = "{field.tooLong}")
    private String theme = "";
    @Size(max = 4000, message = "{field.tooLong}")
    private String text = "";
    @Size(max = 20, message = "{field.tooLong}")
    private String ref;
    @Size(max = 300, message = "{field.tooLong}")
    private String group;
    @Size(max = 4000, message = "{field.tooLong}")
    private String findingSummary;
    private Integer position;
    private boolean delete;

    public DraftItemForm() {
    }

    DraftItemForm(String key, DraftItemKind kind, String theme, String text, int position) {
        this.key = key;
        this.kind = kind;
        this.theme = theme == null ? "" : theme;
        this.text = text;
        this.position = position;
    }

    static DraftItemForm blank() {
        DraftItemForm item = new DraftItemForm();
        item.kind = DraftItemKind.STRENGTH;
        return item;
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }

    boolean isSummaryFinding() {
        return kind.isFinding() && (theme == null || theme.isBlank());
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public DraftItemKind getKind() {
        return kind;
    }

    public void setKind(DraftItemKind kind) {
        this.kind = kind;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public String getFindingSummary() {
        return findingSummary;
    }

    public void setFindingSummary(String findingSummary) {
        this.findingSummary = findingSummary;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }

    public boolean isDelete() {
        return delete;
    }

    public void setDelete(boolean delete) {
        this.delete = delete;
    }
}
