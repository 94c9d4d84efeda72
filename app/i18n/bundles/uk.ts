import account from "../../../locales/uk/account.json";
import auth from "../../../locales/uk/auth.json";
import common from "../../../locales/uk/common.json";
import courses from "../../../locales/uk/courses.json";
import mentoring from "../../../locales/uk/mentoring.json";
import mail from "../../../locales/uk/mail.json";
import partners from "../../../locales/uk/partners.json";
import team from "../../../locales/uk/team.json";
import trainer from "../../../locales/uk/trainer.json";
import portfolio from "../../../locales/uk/portfolio.json";
import outcomes from "../../../locales/uk/outcomes.json";
import funders from "../../../locales/uk/funders.json";
import work from "../../../locales/uk/work.json";

// Every string of one language, for the server (the browser loads namespaces one by one: client.ts).
export default { common, auth, courses, trainer, team, mentoring, partners, mail, account, portfolio, outcomes, funders, work };
