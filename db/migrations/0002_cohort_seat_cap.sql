-- A team never has more than 5 learners, whatever writes to the database.
-- The application checks first (and says so kindly); this is the last line.
CREATE TRIGGER `cohort_members_seat_cap`
BEFORE INSERT ON `cohort_members`
WHEN (SELECT count(*) FROM `cohort_members` WHERE `cohort_id` = NEW.`cohort_id`) >= 5
BEGIN
  SELECT RAISE(ABORT, 'cohort is full');
END;
