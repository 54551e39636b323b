-- Reference data: the review frameworks councils meet most often. Managers can add their own.

INSERT INTO framework (name, description, created_at, created_by, modified_at, modified_by)
VALUES ('LGA safeguarding peer review signposts', 'The six signposts to good practice used by IDeA / LGA children''s safeguarding peer reviews (as in Thurrock 2010).', CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');

INSERT INTO theme (framework_id, name, position, created_at, created_by, modified_at, modified_by)
SELECT id, 'Legislation and Policy', 1, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system' FROM framework WHERE name = 'LGA safeguarding peer review signposts';

INSERT INTO theme (framework_id, name, position, created_at, created_by, modified_at, modified_by)
SELECT id, 'Leadership, Accountability and Culture', 2, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system' FROM framework WHERE name = 'LGA safeguarding peer review signposts';

INSERT INTO theme (framework_id, name, position, created_at, created_by, modified_at, modified_by)
SELECT id, 'Capacity and Capability', 3, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system' FROM framework WHERE name = 'LGA safeguarding peer review signposts';

INSERT INTO theme (framework_id, name, position, created_at, created_by, modified_at, modified_by)
SELECT id, 'Effective Practice', 4, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system' FROM framework WHERE name = 'LGA safeguarding peer review signposts';

INSERT INTO theme (framework_id, name, position, created_at, created_by, modified_at, modified_by)
SELECT id, 'Performance, Evaluation and Monitoring', 5, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system' FROM framework WHERE name = 'LGA safeguarding peer review signposts';

INSERT INTO theme (framework_id, name, position, created_at, created_by, modified_at, modified_by)
SELECT id, 'Local Safeguarding Children Boards and Working Together', 6, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system' FROM framework WHERE name = 'LGA safeguarding peer review signposts';

INSERT INTO framework (name, description, created_at, created_by, modified_at, modified_by)
VALUES ('LGA safeguarding peer challenge themes', 'The five key areas of the LGA children''s services safeguarding peer challenge (as in Walsall 2012).', CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');

INSERT INTO theme (framework_id, name, position, created_at, created_by, modified_at, modified_by)
SELECT id, 'Outcomes', 1, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system' FROM framework WHERE name = 'LGA safeguarding peer challenge themes';

INSERT INTO theme (framework_id, name, position, created_at, created_by, modified_at, modified_by)
SELECT id, 'Vision, strategy and leadership', 2, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system' FROM framework WHERE name = 'LGA safeguarding peer challenge themes';

INSERT INTO theme (framework_id, name, position, created_at, created_by, modified_at, modified_by)
SELECT id, 'Service delivery and effective practice', 3, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system' FROM framework WHERE name = 'LGA safeguarding peer challenge themes';

INSERT INTO theme (framework_id, name, position, created_at, created_by, modified_at, modified_by)
SELECT id, 'Working together and the safeguarding board', 4, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system' FROM framework WHERE name = 'LGA safeguarding peer challenge themes';

INSERT INTO theme (framework_id, name, position, created_at, created_by, modified_at, modified_by)
SELECT id, 'Managing resources', 5, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system' FROM framework WHERE name = 'LGA safeguarding peer challenge themes';

INSERT INTO framework (name, description, created_at, created_by, modified_at, modified_by)
VALUES ('Working Together 2018 partnership arrangements', 'Six steps for independent scrutiny of local safeguarding children partnership arrangements under Working Together 2018 (as in Thurrock 2020).', CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system');

INSERT INTO theme (framework_id, name, position, created_at, created_by, modified_at, modified_by)
SELECT id, 'The three core partner leads are actively involved in strategic planning and implementation', 1, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system' FROM framework WHERE name = 'Working Together 2018 partnership arrangements';

INSERT INTO theme (framework_id, name, position, created_at, created_by, modified_at, modified_by)
SELECT id, 'The wider safeguarding partners (including relevant agencies) are actively involved in safeguarding children', 2, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system' FROM framework WHERE name = 'Working Together 2018 partnership arrangements';

INSERT INTO theme (framework_id, name, position, created_at, created_by, modified_at, modified_by)
SELECT id, 'Children, young people, and families are aware of and involved with plans for safeguarding children', 3, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system' FROM framework WHERE name = 'Working Together 2018 partnership arrangements';

INSERT INTO theme (framework_id, name, position, created_at, created_by, modified_at, modified_by)
SELECT id, 'Appropriate quality assurance procedures are in place for data collection, audit and information sharing', 4, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system' FROM framework WHERE name = 'Working Together 2018 partnership arrangements';

INSERT INTO theme (framework_id, name, position, created_at, created_by, modified_at, modified_by)
SELECT id, 'There is a process for identifying and investigating learning from local and national case reviews', 5, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system' FROM framework WHERE name = 'Working Together 2018 partnership arrangements';

INSERT INTO theme (framework_id, name, position, created_at, created_by, modified_at, modified_by)
SELECT id, 'There is an active program of multiagency safeguarding children training', 6, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system' FROM framework WHERE name = 'Working Together 2018 partnership arrangements';
