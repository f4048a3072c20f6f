/**
 * Given names that say a person's gender, for "he" and "she" when the article writes no title ("Michelle Ford
 * said ... he wrote" is not Michelle Ford). Only names borne almost always by one gender in news text: names
 * used for both ("Jordan", "Kelly", "Chris", "Robin", "Jean", "Andrea", "Michele", "Nicola", "Lindsey") are left
 * out, so that an unknown gender stays unknown rather than wrong.
 */
import { set } from './words.js';

const MALE_GIVEN = set(`james john robert michael william david richard joseph thomas charles christopher daniel matthew
anthony mark donald steven stephen paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey
ryan jacob gary nicholas eric jonathan larry justin scott brandon benjamin samuel gregory alexander frank patrick
raymond jack dennis jerry tyler aaron adam nathan henry douglas zachary peter kyle walter ethan jeremy harold keith
roger noah gerald carl sean austin arthur lawrence dylan bryan joe bruce albert willie gabriel logan alan juan wayne
roy ralph randy eugene vincent russell elijah louis bobby philip phillip johnny mike bill bob tom jim ted rand marco
jeb mitt barack bernie chuck mitch newt rudy rick ben hugh tony gordon nick boris vladimir sergei sergey dmitry
nicolas emmanuel francois giuseppe matteo mohammed muhammad mohammad ahmed ahmad hassan hussein ivan igor hans klaus
wolfgang jurgen pedro carlos luis miguel manuel antonio jorge diego fernando ricardo rafael alejandro roberto giovanni
francesco paolo luca stefano pierre jacques philippe alain gerhard helmut silvio recep shimon ehud yitzhak ken neil
ian colin graham nigel malcolm alistair alastair gareth rhys liam ewan hamish duncan angus clive trevor derek barry
geoff geoffrey jeff greg doug dave steve matt andy danny tim tommy harry fred frederick eddie howard herbert lloyd
martin leonard stanley norman marvin melvin glenn warren jared reince rex mario marcus luke lewis ross stuart simon
rupert oliver tobias hugo felix oscar max sebastian lucas victor vladislav dmitri mikhail alexei yuri viktor
benedict francis ernest harvey jimmy joey kurt lance leon lionel marshall maurice mitchell otto percy ray reginald
roland rod rodney ron seth shane terrence theodore todd travis troy vernon wesley wilbur`);

const FEMALE_GIVEN = set(`mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon
laura cynthia amy kathleen angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra
rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia christina lauren joan
evelyn judith megan cheryl hannah martha jacqueline frances gloria ann anne teresa kathryn sara janice alice doris
abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella
charlotte rose alexis kayla hillary chelsea carly nikki condoleezza madeleine kellyanne ivanka melania huma megyn
dilma cristina yulia sophie claire jane harriet tessa yvette caroline kate katie sue liz beth jill jenny wendy tina
paula lucy rosie debbie kirsty fiona annie alison gillian joanna louise natasha naomi nina olga irina svetlana
tatiana natalia elena carmen rosa isabel sonia monica veronica valerie sylvia vanessa zoe amelia ella lily holly molly
sally penny abby becky cathy kathy katy peggy nora norah ellen eleanor edith irene iris maureen rita roberta sheila
ursula vera wanda yolanda gwen gwyneth bernadette brigitte ingrid heidi greta ulrike beatrice celine chantal delphine
elise francoise genevieve isabelle juliette marianne martine nathalie sandrine sylvie virginie ayesha fatima aisha
benazir indira priyanka oprah serena venus hilary hayley kylie britney whitney madonna janet lena mia ava`);

/** The gender a given name says, or undefined when it does not (or it is no given name we know). */
export function genderOfGivenName(word: string): 'm' | 'f' | undefined {
  const lw = word.toLowerCase();
  if (MALE_GIVEN.has(lw)) return 'm';
  if (FEMALE_GIVEN.has(lw)) return 'f';
  return undefined;
}
