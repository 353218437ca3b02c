package be.taakwijzer.admin.catalogue;

import be.taakwijzer.shared.LocalizedText;

/**
 * A task as the draft would publish it, against the newest published version: unchanged, added, reworded
 * (with the wording before) or retired.
 */
public record DraftTask(String code, String clusterCode, String levelCode, LocalizedText name, Change change, LocalizedText before,
                        boolean workspace) {

    public enum Change { NONE, ADDED, REWORDED, RETIRED }
}
